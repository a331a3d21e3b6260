/* input.h: bytes of one input, a file, "-" (stdin) or a .gz file. */
#ifndef GRIPE_INPUT_H
#define GRIPE_INPUT_H

#include <stddef.h>
#include <sys/types.h>

#include "diag.h"

struct input;

int		 input_check(const char *, struct gerr *);
struct input	*input_open(const char *, struct gerr *);
ssize_t		 input_read(struct input *, void *, size_t, struct gerr *);
const char	*input_name(const struct input *);
long long	 input_size(const struct input *);
long long	 input_pos(const struct input *);
void		 input_close(struct input *);

#endif
