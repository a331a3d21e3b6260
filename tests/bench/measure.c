/*
 * measure.c: run a command and print its wall time in seconds and its
 * peak resident set in MB (from wait4's rusage), so the benchmark needs
 * no /usr/bin/time.  The command's standard output is discarded, or
 * written to the file $MEASURE_OUT names.
 *
 * Usage: measure COMMAND [ARG ...]   prints "SECONDS MB"; exits with the
 * command's status.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	pid_t pid;
	int st;

	if (argc < 2) {
		fprintf(stderr, "usage: measure COMMAND [ARG ...]\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) == -1) {
		perror("measure: fork");
		return 2;
	}
	if (pid == 0) {
		const char *out = getenv("MEASURE_OUT");
		int fd = out != NULL && *out != '\0' ? open(out, O_WRONLY |
		    O_CREAT | O_TRUNC, 0666) : open("/dev/null", O_WRONLY);

		if (fd != -1)
			dup2(fd, STDOUT_FILENO);
		execvp(argv[1], argv + 1);
		perror(argv[1]);
		_exit(127);
	}
	if (wait4(pid, &st, 0, &ru) == -1) {
		perror("measure: wait4");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%.3f %.1f\n", (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9, (double)ru.ru_maxrss /
	    1024.0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 2;
}
