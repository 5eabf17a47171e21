/** The core's door for text positions: the rope hosts keep a draft in, and line arithmetic on offsets. */
export { isLineEnding, lineEnd, LineIndex, lineStart } from './lines';
export { Rope, type Text } from './rope';
