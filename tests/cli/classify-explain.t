# --explain names the rules file line that gave each label, or fallback
@@ cmd
gripe classify -r data/test.rules --explain -f tsv data/graded.csv | cut -f1,6-
@@ stdout
id	category	category_rule	signal	signal_rule	practice	practice_rule
1	billing	data/test.rules:4	hostile	data/test.rules:13		
2	refund	data/test.rules:5	hostile	data/test.rules:13		
3	delivery	data/test.rules:7				
4	refund	data/test.rules:5				
5	other	fallback				
6	other	fallback			apologize	data/test.rules:18
7	delivery	data/test.rules:7				
8	other	fallback	churn	data/test.rules:14		
