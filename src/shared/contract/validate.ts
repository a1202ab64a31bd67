import { type Args, api, type HandlerName, isHandlerName } from './api';
import { ApiError, badArgument } from './errors';

/** Checks a name and an argument from outside against the contract; throws a typed ApiError. */
export function validateCall(
  name: unknown,
  args: unknown,
): { name: HandlerName; args: Args<HandlerName> } {
  if (!isHandlerName(name)) {
    throw new ApiError('unknown-handler', `unknown handler: ${String(name).slice(0, 80)}`);
  }
  const parsed = api[name].args.safeParse(args ?? {});
  if (!parsed.success) throw badArgument(parsed.error);
  return { name, args: parsed.data as Args<HandlerName> };
}
