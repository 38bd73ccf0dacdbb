import { sessionPosition, type PositionStore } from "@skridt/questionnaire";
import { credentialKey, type Credential } from "../credential";

// Where the participant was, for this tab only: a reload comes back to the same screen.
// Keyed by a hash of the credential, never the token itself.
export function position(credential: Credential): PositionStore {
  return sessionPosition(`skridt.position.${credentialKey(credential)}`);
}
