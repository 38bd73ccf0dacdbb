import { describe, expect, it } from "vitest";
import { endInvitation, type TInvitationMessage } from "./end-invitation";

const message = (over: Partial<TInvitationMessage>): TInvitationMessage => ({
  kind: "survey_invitation",
  occasion: "end",
  status: "pending",
  sentAt: null,
  ...over,
});

describe("endInvitation", () => {
  it("says an end invitation waits in the outbox", () => {
    expect(endInvitation([message({})])).toEqual({ state: "waiting" });
  });

  it("gives the first sending's time once one went out, even with a reminder still pending", () => {
    const sent = [
      message({ status: "sent", sentAt: "2026-11-20T09:00:00.000Z" }),
      message({ kind: "survey_reminder", status: "pending" }),
      message({ status: "sent", sentAt: "2026-11-18T09:00:00.000Z" }),
    ];
    expect(endInvitation(sent)).toEqual({ state: "sent", sentOn: "2026-11-18" });
  });

  it("dates a sending by the Danish calendar day", () => {
    expect(endInvitation([message({ status: "sent", sentAt: "2026-11-17T23:30:00.000Z" })])).toEqual({ state: "sent", sentOn: "2026-11-18" });
  });

  it("ignores other occasions, reminders, cancelled and failed messages", () => {
    expect(
      endInvitation([
        message({ occasion: "start", status: "sent", sentAt: "2026-11-18T09:00:00.000Z" }),
        message({ kind: "survey_reminder" }),
        message({ status: "cancelled" }),
        message({ status: "failed" }),
      ]),
    ).toBeNull();
  });
});
