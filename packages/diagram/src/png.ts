import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY } from './theme';

/** How to rasterise: an exact pixel width, or a zoom factor of the SVG's own size (default 2, sharp on any screen). */
export interface PngOptions {
  width?: number;
  zoom?: number;
  /** Extra font folders, when the fonts are not installed system-wide. */
  fontDirs?: string[];
}

/**
 * Rasterises SVG to PNG with resvg. System fonts are loaded and DejaVu Sans is the default family, the same
 * font the DOT asks for, so text renders in PNG as it does in SVG.
 * @example writeFileSync('mini.png', toPng(await toSvg(toDot(def)), { width: 1600 }));
 */
export function toPng(svg: string, opts: PngOptions = {}): Uint8Array {
  const fitTo = opts.width ? { mode: 'width' as const, value: opts.width } : { mode: 'zoom' as const, value: opts.zoom ?? 2 };
  const resvg = new Resvg(svg, {
    fitTo,
    background: '#ffffff',
    font: {
      loadSystemFonts: true,
      ...(opts.fontDirs ? { fontDirs: opts.fontDirs } : {}),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  const png = resvg.render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
