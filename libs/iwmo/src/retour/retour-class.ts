import { MESSAGE_TYPES, type MessageCode } from '../registry';
import { canonicalPath, rootType } from '../schema/schema-index';

/**
 * The message class a finding at `path` (an element path of the heenbericht, e.g.
 * /Bericht/Client/StartProducten/StartProduct[2]/Begindatum) belongs to in the
 * retourbericht: the deepest enclosing element that carries RetourCodes there.
 * Returns /Bericht/Header for anything outside a class.
 */
export function retourClassOf(heen: MessageCode, path: string): string {
  // The 325 is not a copy of the 323: it lists rejected prestaties; a finding on the declaratie goes on
  // DeclaratieAntwoord (e.g. 9333), anything else on the header.
  path = canonicalPath(heen, path);
  if (heen === 'WMO323') return PRESTATIE.exec(path)?.[0] ?? (path.startsWith('/Bericht/Declaratie') ? '/Bericht/Declaratie' : '/Bericht/Header');
  const retour = MESSAGE_TYPES[heen].pair;
  const steps = path.split('/').filter(Boolean);
  let type = rootType(retour);
  let current = '/Bericht';
  let best = '/Bericht/Header';
  for (const step of steps.slice(1)) {
    const name = step.replace(/\[\d+\]$/, '');
    const child = type.children.get(name);
    if (!child?.type) break;
    current = `${current}/${step}`;
    type = child.type;
    if (name !== 'Header' && type.children.has('RetourCodes')) best = current;
    if (name === 'Header') return '/Bericht/Header';
  }
  return best;
}

const PRESTATIE = /^\/Bericht\/Declaratie\/Clienten\/Client\[\d+\]\/Prestaties\/Prestatie\[\d+\]/;

/** Distinct codes per class path, ready for buildRetour's `codes`. */
export function codesByClass(heen: MessageCode, findings: ReadonlyArray<{ path: string | null; retourcode: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of findings) {
    const cls = retourClassOf(heen, f.path ?? '/Bericht/Header');
    const codes = out.get(cls) ?? [];
    if (!codes.includes(f.retourcode)) codes.push(f.retourcode);
    out.set(cls, codes);
  }
  return out;
}
