# -o through a symbolic link replaces the file it names, not the link; the mode follows the umask
@@ cmd
umask 022; echo old > target.txt; ln -s target.txt link.txt; gripe check -f csv -o link.txt data/badtime.csv --skip-bad 2>/dev/null; test -L link.txt && echo link kept; cut -d, -f1-3 target.txt; ls -l target.txt | cut -c1-10
@@ stdout
link kept
file,records,used
data/badtime.csv,4,3
-rw-r--r--
