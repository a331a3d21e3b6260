/* intern.h: strings to dense 32-bit ids, kept once in an arena. */
#ifndef GRIPE_INTERN_H
#define GRIPE_INTERN_H

#include <stddef.h>
#include <stdint.h>

#define INTERN_NONE UINT32_MAX

struct intern;

struct intern	*intern_new(void);
struct intern	*intern_new_few(void);
void		 intern_free(struct intern *);
uint32_t	 intern_id(struct intern *, const char *, size_t);
uint32_t	 intern_unnamed(struct intern *);
void		 intern_seal(struct intern *);
uint32_t	 intern_find(const struct intern *, const char *, size_t);
uint32_t	 intern_hash(const char *, size_t);
uint32_t	 intern_warm(const struct intern *, uint32_t, int);
const char	*intern_str(const struct intern *, uint32_t, size_t *);
size_t		 intern_count(const struct intern *);

#endif
