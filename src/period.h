/* period.h: calendar periods (day, week, month, quarter) in a zone. */
#ifndef GRIPE_PERIOD_H
#define GRIPE_PERIOD_H

#include <stddef.h>
#include <stdint.h>

struct tz;

int	period_unit(const char *, char *);
int64_t	period_of(int64_t, const struct tz *, char);
int64_t	period_start(int64_t, const struct tz *, char);
void	period_label(int64_t, char, char *, size_t);
int	period_parse_label(const char *, size_t, int64_t *, char *);

#endif
