# -V prints the version
@@ cmd
gripe -V | cut -d' ' -f1
@@ stdout
gripe
