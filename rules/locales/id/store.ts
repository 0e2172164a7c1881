/**
 * How the browser lists the extension (chrome://extensions, about:addons, the stores): the
 * manifest's __MSG_extName__ and __MSG_extDescription__. The build writes them to
 * _locales/<lang>/messages.json (wxt.config.ts). Chrome allows 75 characters for the name and 132
 * for the description (tests/unit/locales.test.ts).
 */
export const store = {
  extName: 'Pemandu TTE',
  extDescription: 'Panduan ASN (PNS dan PPPK) menerbitkan sertifikat elektronik BSrE melalui MyASN: tips, pemeriksaan isian, penjelasan status.',
};
