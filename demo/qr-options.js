// One set of QR code options for the builder's downloads and the poster, so both draw the same code.
// Medium error correction survives a crease or a smudge on a printed poster.
export const QR_OPTIONS = {errorCorrectionLevel: 'M', margin: 4};
