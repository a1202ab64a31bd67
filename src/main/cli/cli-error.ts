/** Exit 2: the command line itself is wrong (unknown command, missing argument). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit 1: the command was understood but refused or failed; the message is one clear line. */
export class Refusal extends Error {
  override name = 'Refusal';
}
