// The display list: composed pages as drawing instructions every painter shares.
export {
  buildDisplayList,
  buildDisplayPage,
  cover,
  type DisplayOptions,
  MISSING_GREY,
  pageMargins,
  trimMm,
} from './build-display-list';
export { cropMarks, MARK_WEIGHT, markSlugMm, PT_PER_MM } from './crop-marks';
export * from './types';
