/**
 * The playground aimed at an older Bot API server (a self-hosted one lagging behind): what of
 * the call it does not know, from the method's history in its slice (`SliceHistory`). The
 * server finds a method by its name and answers one it does not have with 404 “Not Found: method
 * not found” (telegram-bot-api/Client.cpp, `Client::on_cmd`, `methods_.find`); each method reads
 * its parameters by name (`query->arg`), so a parameter it does not know is not read and the
 * call goes without it.
 */
import type { SliceHistory } from "../schema/slice";
import { compareVersions, sinceWords, type Since } from "../schema/history";
import type { CallIssue } from "./validate";
export { targetOptions } from "../schema/botApiVersions";

/** Client.cpp, Client::on_cmd: a method the server does not have. */
export const METHOD_NOT_FOUND = "Not Found: method not found";

const newer = (since: Since, target: string) => !since.orEarlier && compareVersions(since.version, target) > 0;

/** The method itself, when it is newer than the target server: what that server answers. */
export function methodVersionNotice(method: string, history: SliceHistory | undefined, target: string): string | undefined {
  if (!history || target === "" || !newer(history.since, target)) return undefined;
  return `${method} is since ${sinceWords(history.since)}: a server at Bot API ${target} does not have it and answers 404 “${METHOD_NOT_FOUND}”.`;
}

/** A warning at each parameter the call fills that is newer than the target server. */
export function versionIssues(history: SliceHistory | undefined, params: Readonly<Record<string, unknown>>, target: string): CallIssue[] {
  if (!history || target === "") return [];
  return Object.entries(history.params)
    .filter(([name, since]) => params[name] !== undefined && params[name] !== "" && newer(since, target))
    .map(([name, since]) => ({ path: name, severity: "warning", message: `${name}: since ${sinceWords(since)}. A server at Bot API ${target} does not read it: the call goes without it.` }));
}
