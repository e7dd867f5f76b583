/**
 * Issues that say what the server does, worded once: a refusal with the server's answer
 * (formed as `fail_query_with_error` forms it, `../facts/badRequest.ts`), and a warning.
 */
import { badRequest } from "../facts/badRequest";
import { pathText, type Path } from "./paths";
import type { CallIssue } from "./validate";

const quoted = (text: string) => `“${text}”`;

/** An error the server answers, worded as it words it. */
export function refusal(path: Path, explanation: string, serverMessage: string): CallIssue {
  const at = pathText(path);
  return { path: at, severity: "error", message: `${at}: ${explanation} The server answers ${quoted(badRequest(serverMessage))}.` };
}

/** Something the server does to a value without refusing it. */
export function warning(path: Path, message: string): CallIssue {
  const at = pathText(path);
  return { path: at, severity: "warning", message: `${at}: ${message}` };
}
