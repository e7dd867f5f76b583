/**
 * Link preview options (telegram-bot-api/Client.cpp, `get_link_preview_options`, reads the
 * five fields; td/telegram/InputMessageText.cpp, `process_input_message_text`, then clears
 * the url of a disabled preview and the media size of a preview without a url).
 */
import type { ObjectRules } from "./types";
import { warning } from "../call/serverIssues";

const SIZES = ["prefer_small_media", "prefer_large_media"] as const;

export const rules: ObjectRules = {
  primary: ["is_disabled", "url", "prefer_small_media", "prefer_large_media", "show_above_text"],
  check(value, path) {
    const disabled = value.is_disabled === true;
    const url = typeof value.url === "string" ? value.url : "";
    const issues = [];
    if (disabled && url !== "") issues.push(warning([...path, "url"], "is ignored: the preview is disabled."));
    for (const size of SIZES) {
      if (value[size] === true && (disabled || url === ""))
        issues.push(warning([...path, size], disabled ? "is ignored: the preview is disabled." : "is ignored without a url: the server sizes the preview of the message's first link itself."));
    }
    return issues;
  },
};
