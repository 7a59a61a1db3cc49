import { Fn, Token } from 'cdktf';
import { UserData, encodeUserData, userDataBytes } from './user-data';

describe('UserData', () => {
  it('renders a bash script that stops at the first failing command', () => {
    const script = UserData.forLinux()
      .addCommands('dnf install -y nginx', 'systemctl enable --now nginx')
      .render();
    expect(script).toBe(
      '#!/bin/bash\nset -euo pipefail\ndnf install -y nginx\nsystemctl enable --now nginx\n',
    );
  });

  it('keeps a custom document as given', () => {
    expect(UserData.custom('#cloud-config\npackages: [nginx]').render()).toBe(
      '#cloud-config\npackages: [nginx]\n',
    );
  });

  it('encodes literal scripts to base64 at synth time', () => {
    const script = 'echo héllo';
    expect(Buffer.from(encodeUserData(script), 'base64').toString('utf8')).toBe(script);
    expect(userDataBytes(script)).toBe(11);
  });

  it('leaves scripts with tokens to terraform base64encode', () => {
    const script = `echo ${Fn.upper('x')}`;
    expect(Token.isUnresolved(encodeUserData(script))).toBe(true);
    expect(userDataBytes(script)).toBeUndefined();
  });
});
