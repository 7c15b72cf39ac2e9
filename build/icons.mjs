// Makes the app icons from the one drawing, build/icon.svg, before packaging (npm run dist):
// build/icon.png at 1024 px, from which electron-builder makes the Windows .ico and the macOS
// .icns, and build/icons/<size>x<size>.png for Linux. Rendered by resvg (no browser, no network).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Renders the SVG at each size; returns the files written. */
export async function makeIcons(svg = readFileSync(join(here, 'icon.svg')), out = here) {
  const { Resvg } = await import('@resvg/resvg-js');
  const written = [];
  const render = (size) =>
    new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  mkdirSync(join(out, 'icons'), { recursive: true });
  writeFileSync(join(out, 'icon.png'), render(1024));
  written.push(join(out, 'icon.png'));
  for (const size of [16, 32, 48, 64, 128, 256, 512]) {
    const file = join(out, 'icons', `${size}x${size}.png`);
    writeFileSync(file, render(size));
    written.push(file);
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await makeIcons();
  console.log(`icons: ${files.length} PNG files from build/icon.svg`);
}
