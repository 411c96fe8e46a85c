// Redraws teamsAppPackage/color.png and outline.png from icons.mjs. Run after changing the mark:
//   node tools/teams-package/draw-icons.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drawColourIcon, drawOutlineIcon } from './icons.mjs';
import { encodePng } from './png.mjs';

const packageFolder = fileURLToPath(new URL('../../teamsAppPackage/', import.meta.url));

writeFileSync(`${packageFolder}color.png`, encodePng(drawColourIcon()));
writeFileSync(`${packageFolder}outline.png`, encodePng(drawOutlineIcon()));
console.log(`Drew color.png and outline.png in ${packageFolder}`);
