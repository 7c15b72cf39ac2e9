// The packaging configuration: icons from the one drawing, the Windows firewall rule added on
// install and removed on uninstall under one name, signing only from the environment, and the
// Linux desktop entry with the .offsite association.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const yml = readFileSync('electron-builder.yml', 'utf8');
const nsh = readFileSync('build/installer.nsh', 'utf8');

function macro(name: string): string {
  const m = new RegExp(`!macro ${name}\\n([\\s\\S]*?)!macroend`).exec(nsh);
  if (!m?.[1]) throw new Error(`no ${name} macro`);
  return m[1];
}

describe('the installers', () => {
  it('adds an inbound rule scoped to the local subnet and removes the same rule on uninstall', () => {
    const install = macro('customInstall');
    const uninstall = macro('customUnInstall');
    expect(install).toMatch(
      /firewall add rule name="\$\{OFFSITE_FIREWALL_RULE\}" dir=in action=allow program="\$INSTDIR\\\$\{APP_EXECUTABLE_FILENAME\}".*remoteip=localsubnet/,
    );
    expect(uninstall).toContain('firewall delete rule name="${OFFSITE_FIREWALL_RULE}"');
    expect(yml).toMatch(/nsis:[\s\S]*include: build\/installer\.nsh/);
  });

  it('takes its icons from build/icon.svg and no signing secret from the file', () => {
    expect(readFileSync('build/icon.svg', 'utf8')).toMatch(/viewBox="0 0 1024 1024"/);
    expect(yml).toContain('icon: build/icon.png');
    expect(readFileSync('package.json', 'utf8')).toMatch(/"dist": "[^"]*node build\/icons\.mjs/);
    expect(yml).not.toMatch(/cscLink|certificatePassword|cscKeyPassword|appleId/i);
    expect(yml).toContain('forceCodeSigning: false');
  });

  it('registers .offsite files in the Linux desktop entry', () => {
    expect(yml).toMatch(/mimeType: application\/x-offsite/);
    expect(yml).toMatch(/desktop:\s+entry:[\s\S]*MimeType: application\/x-offsite;/);
  });
});
