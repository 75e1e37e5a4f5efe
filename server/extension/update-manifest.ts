/**
 * Chrome's update manifest (the "gupdate" XML an update URL answers): which version of which
 * extension is current, and where its CRX is. Edge reads the same format.
 */
export function updateManifest({ appId, version, codebase }: { appId: string; version: string; codebase: string }): string {
  const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;');
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${attr(appId)}'>
    <updatecheck codebase='${attr(codebase)}' version='${attr(version)}' />
  </app>
</gupdate>
`;
}
