import { credentialKey, type Credential } from "../credential";

// Where the participant was, for this tab only: a reload comes back to the same screen.
const keyFor = (credential: Credential) => `skridt.position.${credentialKey(credential)}`;

export function storedPosition(credential: Credential): string | null {
  try {
    return sessionStorage.getItem(keyFor(credential));
  } catch {
    return null;
  }
}

export function storePosition(credential: Credential, screenKey: string) {
  try {
    sessionStorage.setItem(keyFor(credential), screenKey);
  } catch {
    // Without storage a reload starts at the first unanswered question instead.
  }
}
