/**
 * Issues that say what the server does, worded once: a refusal with the server's answer
 * (formed as `fail_query_with_error` forms it, `../facts/badRequest.ts`), and a warning.
 */
import { badRequest } from "../facts/badRequest";
import { pathText, type Path } from "./paths";
import { tdJsonDecode, TdStatus, type TdJsonValue, type TdPath } from "../server/tdJson";
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

/**
 * The refusal of a port of one of the server's readers (`../server/replyMarkup.ts`,
 * `../server/jsonValues.ts`) of a value from the form, read as the server receives it (its JSON
 * through td's parser), at its place; undefined when the reader takes it.
 */
export function readerRefusal(read: (value: TdJsonValue, at: TdPath) => void, value: unknown, path: Path): CallIssue | undefined {
  const decoded = tdJsonDecode(JSON.stringify(value));
  try {
    if (decoded) read(decoded.value, path);
  } catch (error) {
    if (error instanceof TdStatus) return refusal(error.at, error.why, error.message);
    throw error;
  }
  return undefined;
}
