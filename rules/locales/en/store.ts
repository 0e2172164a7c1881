/** How the browser lists the extension (see ../id/store.ts). */
export const store = {
  extName: 'Pemandu TTE',
  extDescription: 'Step-by-step help for PNS and PPPK getting their BSrE electronic certificate via MyASN: tips, field checks, status explained.',
};
