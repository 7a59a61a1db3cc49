import { crc32 as nodeCrc32 } from 'node:zlib';
import { crc32 } from './terraform-set';

describe('crc32', () => {
  it('is the CRC-32 (IEEE) of the UTF-8 bytes, as node:zlib computes it', () => {
    for (const text of ['', 'a', 'identifiers:{a;};type:AWS;', 'é/ü/漢', 'x'.repeat(1000)]) {
      expect(crc32(text)).toBe(nodeCrc32(text));
    }
  });
});
