/**
 * Passkeys in the browser: creating one (Mein Konto) and signing in with one
 * (the second factor), from the server's options as JSON, with the browser's
 * answer back as JSON: the format of `@simplewebauthn/browser` that the API
 * speaks (`PublicKeyCredential…OptionsJSON` in, `Registration/AuthenticationResponseJSON`
 * out). Written out here because the conversion is all the office needs of
 * that library: base64url to bytes and back.
 */
import type { WebAuthnResponse } from '@teilhabe/sdk';

type Json = Record<string, unknown>;

export function passkeysSupported(): boolean {
  return typeof window.PublicKeyCredential === 'function' && typeof navigator.credentials?.create === 'function';
}

/** Whether this browser can answer a passkey sign-in. */
export function passkeySignInSupported(): boolean {
  return typeof window.PublicKeyCredential === 'function' && typeof navigator.credentials?.get === 'function';
}

function fromBase64url(text: string): ArrayBuffer {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

function toBase64url(buffer: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A list of credential descriptors with their ids as bytes (`excludeCredentials`, `allowCredentials`). */
const descriptors = (list: Json[] | undefined): PublicKeyCredentialDescriptor[] =>
  (list ?? []).map((credential) => ({ ...(credential as unknown as PublicKeyCredentialDescriptor), id: fromBase64url(String(credential.id)) }));

/** The browser's credential as the API takes it, around the response fields of a creation or a sign-in. */
function answerOf(credential: PublicKeyCredential, response: Record<string, unknown>): WebAuthnResponse {
  return {
    id: credential.id,
    rawId: toBase64url(credential.rawId),
    type: 'public-key',
    response,
    clientExtensionResults: credential.getClientExtensionResults() as Record<string, unknown>,
    ...(credential.authenticatorAttachment ? { authenticatorAttachment: credential.authenticatorAttachment as 'platform' | 'cross-platform' } : {}),
  };
}

/** The options of `POST /auth/passkeys/registration-options` as `navigator.credentials.create` takes them. */
export function creationOptions(json: Json): PublicKeyCredentialCreationOptions {
  const user = json.user as Json;
  return {
    ...(json as unknown as PublicKeyCredentialCreationOptions),
    challenge: fromBase64url(String(json.challenge)),
    user: { id: fromBase64url(String(user.id)), name: String(user.name), displayName: String(user.displayName) },
    excludeCredentials: descriptors(json.excludeCredentials as Json[] | undefined),
  };
}

/** Asks the browser (and the person) for a new passkey; rejects with the browser's DOMException when cancelled or refused. */
export async function createPasskey(optionsJson: Json): Promise<WebAuthnResponse> {
  const credential = (await navigator.credentials.create({ publicKey: creationOptions(optionsJson) })) as PublicKeyCredential | null;
  if (!credential) throw new DOMException('No passkey was created.', 'NotAllowedError');
  const response = credential.response as AuthenticatorAttestationResponse;
  return answerOf(credential, {
    clientDataJSON: toBase64url(response.clientDataJSON),
    attestationObject: toBase64url(response.attestationObject),
    transports: typeof response.getTransports === 'function' ? response.getTransports() : [],
  });
}

/** The options of `POST /auth/passkey/options` as `navigator.credentials.get` takes them. */
export function requestOptions(json: Json): PublicKeyCredentialRequestOptions {
  return {
    ...(json as unknown as PublicKeyCredentialRequestOptions),
    challenge: fromBase64url(String(json.challenge)),
    allowCredentials: descriptors(json.allowCredentials as Json[] | undefined),
  };
}

/** Asks the browser (and the person) to sign the challenge with a passkey; rejects with the browser's DOMException when cancelled. */
export async function getPasskey(optionsJson: Json): Promise<WebAuthnResponse> {
  const credential = (await navigator.credentials.get({ publicKey: requestOptions(optionsJson) })) as PublicKeyCredential | null;
  if (!credential) throw new DOMException('No passkey answered.', 'NotAllowedError');
  const response = credential.response as AuthenticatorAssertionResponse;
  return answerOf(credential, {
    clientDataJSON: toBase64url(response.clientDataJSON),
    authenticatorData: toBase64url(response.authenticatorData),
    signature: toBase64url(response.signature),
    ...(response.userHandle ? { userHandle: toBase64url(response.userHandle) } : {}),
  });
}
