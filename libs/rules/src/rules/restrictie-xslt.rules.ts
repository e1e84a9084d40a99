import type { Rule } from '../rule';
import { RS001 } from './rs001.rule';
import { RS002 } from './rs002.rule';
import { RS004 } from './rs004.rule';
import { RS005 } from './rs005.rule';
import { RS006 } from './rs006.rule';
import { RS008 } from './rs008.rule';
import { RS009 } from './rs009.rule';
import { RS010 } from './rs010.rule';
import { RS011 } from './rs011.rule';
import { RS012 } from './rs012.rule';
import { RS013 } from './rs013.rule';
import { RS014 } from './rs014.rule';
import { RS015 } from './rs015.rule';
import { RS016 } from './rs016.rule';
import { RS017 } from './rs017.rule';
import { RS018 } from './rs018.rule';
import { RS019 } from './rs019.rule';
import { RS020 } from './rs020.rule';
import { RS021 } from './rs021.rule';
import { RS023 } from './rs023.rule';
import { RS024 } from './rs024.rule';
import { RS025 } from './rs025.rule';
import { RS026 } from './rs026.rule';
import { RS028 } from './rs028.rule';
import { RS031 } from './rs031.rule';
import { RS032 } from './rs032.rule';
import { RS033 } from './rs033.rule';
import { RS034 } from './rs034.rule';
import { RS035 } from './rs035.rule';
import { RS036 } from './rs036.rule';
import { RS037 } from './rs037.rule';
import { RS040 } from './rs040.rule';
import { RS045 } from './rs045.rule';
import { RS046 } from './rs046.rule';
import { RS047 } from './rs047.rule';
import { RS048 } from './rs048.rule';
import { TR002 } from './tr002.rule';
import { TR006 } from './tr006.rule';
import { TR018 } from './tr018.rule';
import { TR061 } from './tr061.rule';
import { TR101 } from './tr101.rule';
import { TR134 } from './tr134.rule';
import { TR137 } from './tr137.rule';
import { TR302 } from './tr302.rule';
import { TR315 } from './tr315.rule';
import { TR316 } from './tr316.rule';
import { TR335 } from './tr335.rule';
import { TR342 } from './tr342.rule';
import { TR352 } from './tr352.rule';
import { TR353 } from './tr353.rule';
import { TR358 } from './tr358.rule';
import { TR380 } from './tr380.rule';
import { TR383 } from './tr383.rule';
import { TR386 } from './tr386.rule';
import { TR410 } from './tr410.rule';
import { TR416 } from './tr416.rule';

/**
 * Restricties (RS) and the xslt-level technical rules (TR002 ...): checks within one message,
 * each answering with retourcode 0001 on the message class concerned. The restricties repeat
 * much of what the XSD enforces (lengths, no time zone, no empty elements) so that the engine
 * judges a message as the standard's own xslt does and `iwmo replay` can list findings per
 * rule; where a restrictie asks more than the XSD (an existing calendar date or time, the sign
 * of an amount) the check is the real one.
 */
export const RESTRICTIE_RULES: readonly Rule[] = [
  RS001, RS002, RS004, RS005, RS006, RS008, RS009, RS010, RS011, RS012, RS013, RS014, RS015, RS016,
  RS017, RS018, RS019, RS020, RS021, RS023, RS024, RS025, RS026, RS028, RS031, RS032, RS033, RS034,
  RS035, RS036, RS037, RS040, RS045, RS046, RS047, RS048,
];

/** The xslt-level technical rules of the standard (controleniveau "bericht inhoud (xslt)"). */
export const XSLT_RULES: readonly Rule[] = [
  TR002, TR006, TR018, TR061, TR101, TR134, TR137, TR302, TR315, TR316, TR335, TR342, TR352, TR353,
  TR358, TR380, TR383, TR386, TR410, TR416,
];

export const RESTRICTIE_XSLT_RULES: readonly Rule[] = [...RESTRICTIE_RULES, ...XSLT_RULES];
