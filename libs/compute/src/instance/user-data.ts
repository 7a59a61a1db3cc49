import { Fn, Token } from 'cdktf';
import { invalid } from '../internal/validation';

/** EC2 limits user data to 16 KB before base64 encoding. */
export const MAX_USER_DATA_BYTES = 16 * 1024;

/**
 * A shell script for instance start-up, built line by line.
 *
 * The script starts with `set -euo pipefail`, so a failing command stops the boot script instead of leaving a
 * half-configured instance that passes EC2 status checks.
 */
export class UserData {
  /** A bash script for Linux instances. */
  static forLinux(): UserData {
    return new UserData(['#!/bin/bash', 'set -euo pipefail']);
  }

  /** A script given verbatim (cloud-init directives, another shell, a MIME multipart document). */
  static custom(content: string): UserData {
    return new UserData([content]);
  }

  private readonly lines: string[];

  private constructor(initial: string[]) {
    this.lines = [...initial];
  }

  /** Appends commands, one per line. Returns this, for chaining. */
  addCommands(...commands: string[]): this {
    this.lines.push(...commands);
    return this;
  }

  /** The script as plain text. */
  render(): string {
    return this.lines.join('\n') + '\n';
  }
}

/** Size in bytes of a literal script; undefined when any part is a token. */
export function userDataBytes(script: string): number | undefined {
  return Token.isUnresolved(script) ? undefined : Buffer.byteLength(script, 'utf8');
}

/**
 * The script of a `userData` prop as text, checked against the 16 KB limit when it is a literal; undefined when
 * no script was given. `path` names the construct in the error.
 */
export function userDataScript(path: string, userData: UserData | string | undefined): string | undefined {
  const script = userData instanceof UserData ? userData.render() : userData;
  const bytes = script === undefined ? undefined : userDataBytes(script);
  if (bytes !== undefined && bytes > MAX_USER_DATA_BYTES) {
    throw invalid(
      path,
      `userData must be at most ${MAX_USER_DATA_BYTES} bytes before encoding, got ${bytes}`,
    );
  }
  return script;
}

/**
 * Base64 of the script, as launch templates require. Literal scripts are encoded at synth time so the Terraform
 * JSON shows a stable value; scripts holding tokens are encoded by Terraform with base64encode().
 */
export function encodeUserData(script: string): string {
  return Token.isUnresolved(script)
    ? Fn.base64encode(script)
    : Buffer.from(script, 'utf8').toString('base64');
}
