import {html, nothing, type TemplateResult} from 'lit';
import {contactFields} from '../i18n/result-view.js';
import {safeUrl, telHref} from '../internal/links.js';
import type {ContactConfig, CrisisLineConfig} from '../model/contacts.js';
import {heading, link, type ViewContext} from './view-context.js';

/** The "if you need help now" box, with its heading `offset` levels below the widget's; nothing when the host hid it. */
export function crisisView(ctx: ViewContext, lines: readonly CrisisLineConfig[], offset: number): TemplateResult | typeof nothing {
  if (!lines.length) return nothing;
  return html`<div class="crisis" part="crisis">
    ${heading(ctx, offset, ctx.strings.crisisHeading)}
    <ul>
      ${lines.map(
        (line) =>
          html`<li>${line.label} ${link(line.phone, line.phone && telHref(line.phone))} ${link(line.url, line.url && safeUrl(line.url))}</li>`,
      )}
    </ul>
  </div>`;
}

/** An advice service's details: each that is set, linked where the link is safe. */
export function contactView(ctx: ViewContext, contact: ContactConfig | undefined): TemplateResult | typeof nothing {
  const fields = contactFields(contact, ctx.strings);
  return fields.length
    ? html`<ul class="contact">
        ${fields.map(([label, value, href]) => html`<li>${label}: ${link(value, href)}</li>`)}
      </ul>`
    : nothing;
}
