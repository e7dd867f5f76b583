/**
 * How the Bot API server words a refusal of a request's content: `Bad Request: ` and the
 * message, its first letter lowered unless its second character is upper-case or `_`
 * (telegram-bot-api/Client.cpp, `Client::fail_query_with_error`, the 400 branch; a message
 * that already starts with "Bad Request" is sent as it is).
 */
export function badRequest(message: string): string {
  if (message.startsWith("Bad Request")) return message;
  if (message === "") return "Bad Request";
  const second = message[1];
  const keep = second !== undefined && (second === "_" || (second >= "A" && second <= "Z"));
  return `Bad Request: ${keep ? message : message[0]!.toLowerCase() + message.slice(1)}`;
}
