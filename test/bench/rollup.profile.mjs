// An unminified copy of the widget's ES module bundle with a source map, for readable profiles:
//
//   npx rollup -c test/bench/rollup.profile.mjs
//   node test/bench/profile.mjs --bundle .scratch/profile/coordinator-check.js
//
// The same sources and the same Lit (its production build, which has source maps of its own) as
// dist/coordinator-check.js, without terser.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

export default {
  input: 'src/coordinator-check.ts',
  plugins: [
    nodeResolve({browser: true}),
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts'],
      filterRoot: process.cwd(),
      compilerOptions: {types: [], noCheck: true, declaration: false},
    }),
    minifyHTML({include: ['src/**'], failOnError: true}),
  ],
  output: {file: '.scratch/profile/coordinator-check.js', format: 'es', sourcemap: true},
};
