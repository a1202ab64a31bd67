// What the masthead and folios print and the page grid, from the paper's settings and the
// issue: paperSize(settings) for trim, margins and columns; type.* for the body grid.

import { geometryFromPaper, type PageGeometry, type PaperFurniture } from '../../shared/compose';
import type { IssueSummary, PaperSize } from '../../shared/model/issue';
import type { Settings } from '../../shared/model/settings';
import { DEFAULT_SETTINGS, type TypesetSettings } from '../../shared/typeset';
import type { Store } from '../store/store';

const HASH = /^[0-9a-f]{64}$/;

export function pageGeometry(paper: PaperSize, settings: Settings): PageGeometry {
  return geometryFromPaper(paper, settings['type.leading']);
}

export function typesetSettings(settings: Settings): TypesetSettings {
  return {
    ...DEFAULT_SETTINGS,
    bodySize: settings['type.body'],
    leading: settings['type.leading'],
    kinsoku: settings['typeset.kinsoku'],
    // Crossheads in the body size, bold; captions a step smaller (DEFAULT_SETTINGS ratios).
    crossheadSize: settings['type.body'],
    captionSize: Math.max(5, settings['type.body'] - 1),
    latinFace:
      settings['type.latinFace'] === 'on' ||
      (settings['type.latinFace'] === 'auto' && settings['paper.language'] === 'en'),
    latin: {
      hyphenation: settings['typeset.hyphenation'],
      wordSpaceMin: settings['typeset.wordSpaceMin'],
      wordSpaceMax: Math.max(settings['typeset.wordSpaceMin'], settings['typeset.wordSpaceMax']),
      letterSpacingEm: settings['typeset.letterSpacing'] / 100,
    },
  };
}

/** paper.logo names a stored image by hash; anything else prints the name as text. */
export function paperFurniture(
  store: Store,
  settings: Settings,
  issue: IssueSummary,
): PaperFurniture {
  const logoHash = settings['paper.logo'].trim();
  const logo = HASH.test(logoHash) ? store.assets.meta(logoHash) : undefined;
  return {
    name: settings['paper.name'],
    ...(logo ? { logo: { asset: logo.hash, aspectRatio: logo.width / logo.height } } : {}),
    organ: settings['paper.organ'],
    publisher: settings['paper.publisher'],
    serial: settings['paper.serial'],
    language: settings['paper.language'],
    issueDate: issue.date,
    issueNumber: issue.number,
    pageCount: issue.pageCount,
    volume: settings['paper.volume'],
    edition: settings['paper.edition'],
    lunar:
      settings['paper.lunar'] === 'auto'
        ? settings['paper.language'] === 'zh'
        : settings['paper.lunar'] === 'on',
  };
}
