// Copies the Arabic fonts of Debian's fonts-noto-core into public/fonts, so the built page ships them
// (no CDN at run time). Fails loudly when the package is missing: the page would fall back silently.
import { copyFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const from = process.env.MIZAN_FONT_DIR || '/usr/share/fonts/truetype/noto';
const to = join(here, '..', 'public', 'fonts');
const fonts = ['NotoSansArabic-Regular.ttf', 'NotoSansArabic-Bold.ttf', 'NotoNaskhArabic-Regular.ttf'];

mkdirSync(to, { recursive: true });
for (const f of fonts) {
  const src = join(from, f);
  if (!existsSync(src)) {
    console.error(`copy-fonts: ${src} is missing (apt-get install fonts-noto-core)`);
    process.exit(1);
  }
  copyFileSync(src, join(to, f));
}
console.log(`copy-fonts: ${fonts.length} fonts from ${from}`);
