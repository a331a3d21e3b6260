# UTF-16 is refused with a hint to convert
@@ cmd
printf '\377\376a\000,\000b\000\n\000' | gripe columns
@@ stderr
gripe: <stdin>:1: text is UTF-16, gripe reads UTF-8
gripe: hint: convert it first: iconv -f UTF-16 -t UTF-8 <stdin>
@@ status
1
