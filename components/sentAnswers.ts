/**
 * The last successful answer of each method sent for real from this page, shared by the send
 * panels and the webhook doctor (a getWebhookInfo sent below the doctor is diagnosed at once).
 * Client-side only: nothing is written before a send, and nothing leaves the tab.
 */
import { shallowRef } from "vue";

export interface SentAnswer {
  readonly result: unknown;
  readonly at: Date;
}

const answers = shallowRef<Readonly<Record<string, SentAnswer>>>({});

export function recordAnswer(method: string, result: unknown): void {
  answers.value = { ...answers.value, [method]: { result, at: new Date() } };
}

export const sentAnswer = (method: string): SentAnswer | undefined => answers.value[method];

/** What the setWebhook panel hands to the doctor's page when the reader follows its link. */
export interface DoctorHandoff {
  readonly answer: unknown;
  readonly formUrl: string;
  readonly secretSet: boolean;
}

const HANDOFF_KEY = "webhook-doctor-handoff";

export function handToDoctor(handoff: DoctorHandoff): void {
  try {
    sessionStorage.setItem(HANDOFF_KEY, JSON.stringify(handoff));
  } catch {
    // Storage off: the doctor's page opens empty, as if typed into by hand.
  }
}

/** Takes the handoff once (a reload does not repeat it). */
export function takeDoctorHandoff(): DoctorHandoff | undefined {
  try {
    const text = sessionStorage.getItem(HANDOFF_KEY);
    sessionStorage.removeItem(HANDOFF_KEY);
    const value: unknown = text ? JSON.parse(text) : undefined;
    if (!value || typeof value !== "object") return undefined;
    const v = value as Record<string, unknown>;
    return { answer: v.answer, formUrl: typeof v.formUrl === "string" ? v.formUrl : "", secretSet: v.secretSet === true };
  } catch {
    return undefined;
  }
}
