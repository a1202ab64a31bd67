/** The serif faces' @font-face rules (their own chunk): the story and the board set text in
 * them, and a font slice can only be sent for once its face is declared. */
export const loadTextFonts = () => import('./text-fonts');
