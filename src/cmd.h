/* cmd.h: the commands; each returns the exit status. */
#ifndef GRIPE_CMD_H
#define GRIPE_CMD_H

int	cmd_atrisk(int, char **);
int	cmd_check(int, char **);
int	cmd_churn(int, char **);
int	cmd_classify(int, char **);
int	cmd_columns(int, char **);
int	cmd_discover(int, char **);
int	cmd_merge(int, char **);
int	cmd_metrics(int, char **);
int	cmd_report(int, char **);
int	cmd_rules(int, char **);
int	cmd_split(int, char **);
int	cmd_trend(int, char **);

#endif
