/* uwidth.c: UTF-8 decoding and terminal display width.
 *
 * The decoder is strict (no overlong forms, no surrogates, nothing above
 * U+10FFFF) and never reads past the length it is given; a byte that does
 * not start a valid sequence is reported alone, so callers can show or
 * replace invalid input one byte at a time.  Widths follow what terminals
 * do, without the C library's locale-dependent wcwidth: East Asian Wide
 * and Fullwidth characters and emoji take 2 columns, combining marks,
 * zero-width spaces and joiners and variation selectors take 0, controls
 * take 0 (callers show them escaped), every other character and every
 * invalid byte takes 1.  The tables are sorted ranges, searched by
 * bisection.
 */
#include <stddef.h>
#include <stdint.h>

#include "uwidth.h"

struct range {
	uint32_t	lo;
	uint32_t	hi;
};

static const struct range zero[] = {
	{ 0x0300, 0x036F },	/* combining diacritical marks */
	{ 0x1AB0, 0x1AFF },	/* ... extended */
	{ 0x1DC0, 0x1DFF },	/* ... supplement */
	{ 0x200B, 0x200F },	/* zero-width space, joiners, marks */
	{ 0x20D0, 0x20FF },	/* combining marks for symbols */
	{ 0x2060, 0x2064 },	/* word joiner, invisible operators */
	{ 0x3099, 0x309A },	/* combining kana voicing marks */
	{ 0xFE00, 0xFE0F },	/* variation selectors */
	{ 0xFE20, 0xFE2F },	/* combining half marks */
	{ 0xFEFF, 0xFEFF },	/* zero-width no-break space */
	{ 0xE0100, 0xE01EF }	/* variation selectors supplement */
};

static const struct range wide[] = {
	{ 0x1100, 0x115F },	/* Hangul Jamo initials */
	{ 0x231A, 0x231B },
	{ 0x2329, 0x232A },
	{ 0x23E9, 0x23EC },
	{ 0x23F0, 0x23F0 },
	{ 0x23F3, 0x23F3 },
	{ 0x25FD, 0x25FE },
	{ 0x2614, 0x2615 },
	{ 0x2648, 0x2653 },
	{ 0x267F, 0x267F },
	{ 0x2693, 0x2693 },
	{ 0x26A1, 0x26A1 },
	{ 0x26AA, 0x26AB },
	{ 0x26BD, 0x26BE },
	{ 0x26C4, 0x26C5 },
	{ 0x26CE, 0x26CE },
	{ 0x26D4, 0x26D4 },
	{ 0x26EA, 0x26EA },
	{ 0x26F2, 0x26F3 },
	{ 0x26F5, 0x26F5 },
	{ 0x26FA, 0x26FA },
	{ 0x26FD, 0x26FD },
	{ 0x2705, 0x2705 },
	{ 0x270A, 0x270B },
	{ 0x2728, 0x2728 },
	{ 0x274C, 0x274C },
	{ 0x274E, 0x274E },
	{ 0x2753, 0x2755 },
	{ 0x2757, 0x2757 },
	{ 0x2795, 0x2797 },
	{ 0x27B0, 0x27B0 },
	{ 0x27BF, 0x27BF },
	{ 0x2B1B, 0x2B1C },
	{ 0x2B50, 0x2B50 },
	{ 0x2B55, 0x2B55 },
	{ 0x2E80, 0x303E },	/* CJK radicals ... ideographic space */
	{ 0x3041, 0x33FF },	/* kana ... CJK compatibility */
	{ 0x3400, 0x4DBF },	/* CJK extension A */
	{ 0x4E00, 0x9FFF },	/* CJK unified ideographs */
	{ 0xA000, 0xA4CF },	/* Yi */
	{ 0xA960, 0xA97F },	/* Hangul Jamo extended A */
	{ 0xAC00, 0xD7A3 },	/* Hangul syllables */
	{ 0xF900, 0xFAFF },	/* CJK compatibility ideographs */
	{ 0xFE10, 0xFE19 },	/* vertical forms */
	{ 0xFE30, 0xFE6F },	/* CJK compatibility forms, small forms */
	{ 0xFF00, 0xFF60 },	/* fullwidth forms */
	{ 0xFFE0, 0xFFE6 },	/* fullwidth signs */
	{ 0x16FE0, 0x16FE4 },
	{ 0x17000, 0x18CFF },	/* Tangut, Khitan */
	{ 0x1B000, 0x1B2FF },	/* kana supplements, Nushu */
	{ 0x1F004, 0x1F004 },
	{ 0x1F0CF, 0x1F0CF },
	{ 0x1F18E, 0x1F18E },
	{ 0x1F191, 0x1F19A },
	{ 0x1F200, 0x1F202 },
	{ 0x1F210, 0x1F23B },
	{ 0x1F240, 0x1F248 },
	{ 0x1F250, 0x1F251 },
	{ 0x1F260, 0x1F265 },
	{ 0x1F300, 0x1F64F },	/* pictographs, emoticons */
	{ 0x1F680, 0x1F6FF },	/* transport and map symbols */
	{ 0x1F7E0, 0x1F7EB },
	{ 0x1F900, 0x1F9FF },	/* supplemental pictographs */
	{ 0x1FA70, 0x1FAFF },	/* pictographs extended A */
	{ 0x20000, 0x2FFFD },	/* CJK extensions B ... */
	{ 0x30000, 0x3FFFD }	/* CJK extensions G ... */
};

static int
in_ranges(uint32_t cp, const struct range *r, size_t n)
{
	size_t lo = 0, hi = n, mid;

	if (cp < r[0].lo || cp > r[n - 1].hi)
		return 0;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cp < r[mid].lo)
			hi = mid;
		else if (cp > r[mid].hi)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

/*
 * uw_decode: decode the character that starts s (len > 0 bytes) into *cp
 * and return how many bytes it takes.  A byte that does not start a
 * complete, valid UTF-8 sequence gives *cp = UW_INVALID and the count 1.
 * Cannot fail.
 */
size_t
uw_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char lo = 0x80, hi = 0xBF;
	uint32_t c;
	size_t n, i;

	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if (p[0] >= 0xC2 && p[0] <= 0xDF) {
		n = 2;
		c = p[0] & 0x1F;
	} else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		n = 3;
		c = p[0] & 0x0F;
		if (p[0] == 0xE0)
			lo = 0xA0;		/* overlong */
		else if (p[0] == 0xED)
			hi = 0x9F;		/* surrogates */
	} else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		n = 4;
		c = p[0] & 0x07;
		if (p[0] == 0xF0)
			lo = 0x90;		/* overlong */
		else if (p[0] == 0xF4)
			hi = 0x8F;		/* above U+10FFFF */
	} else {
		*cp = UW_INVALID;
		return 1;
	}
	if (len < n || p[1] < lo || p[1] > hi) {
		*cp = UW_INVALID;
		return 1;
	}
	for (i = 1; i < n; i++) {
		if (i > 1 && (p[i] & 0xC0) != 0x80) {
			*cp = UW_INVALID;
			return 1;
		}
		c = (c << 6) | (p[i] & 0x3F);
	}
	*cp = c;
	return n;
}

/*
 * uw_cpwidth: the columns a terminal gives the code point cp: 0, 1 or 2.
 * Controls (C0, DEL, C1) give 0; UW_INVALID gives 1.  Cannot fail.
 */
int
uw_cpwidth(uint32_t cp)
{
	if (cp == UW_INVALID)
		return 1;
	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		return 0;
	if (cp < 0x300)
		return 1;
	if (in_ranges(cp, zero, sizeof(zero) / sizeof(zero[0])))
		return 0;
	if (in_ranges(cp, wide, sizeof(wide) / sizeof(wide[0])))
		return 2;
	return 1;
}

/*
 * uw_width: the display width of len bytes of UTF-8 text; each invalid
 * byte counts 1.  Cannot fail.
 */
size_t
uw_width(const char *s, size_t len)
{
	size_t w = 0, n;
	uint32_t cp;

	while (len > 0) {
		n = uw_decode(s, len, &cp);
		w += (size_t)uw_cpwidth(cp);
		s += n;
		len -= n;
	}
	return w;
}
