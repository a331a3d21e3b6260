# the built-in rules graded on the real CFPB narratives through samples/cfpb-labels.csv: the numbers quoted in the README
@@ cmd
for y in 2020 2019 2023; do gripe rules check -f csv --label-map samples/cfpb-labels.csv datasets/cfpb-$y/complaints.csv | sed -n '/^dimension,rows,labelled/,/^$/p;/^label,precision/,/^$/p' | grep -v ',0,0$' | grep -E '^(label|category|billing|privacy|pricing|cancellation|communication),'; done
@@ stdout
category,1532,1184,0.7728
label,precision,recall,f1,support,predicted
privacy,0.8444,0.7037,0.77,108,90
billing,0.7539,0.5902,0.66,244,191
pricing,0.6087,0.4375,0.51,32,23
cancellation,0.4783,0.4583,0.47,24,23
communication,0.4923,0.3556,0.41,90,65
category,101,76,0.7525
label,precision,recall,f1,support,predicted
privacy,1.0000,1.0000,1.00,5,5
billing,0.7273,0.7273,0.73,11,11
pricing,,0.0000,,1,0
communication,1.0000,0.5000,0.67,8,4
category,141,107,0.7589
label,precision,recall,f1,support,predicted
privacy,1.0000,0.5500,0.71,20,11
billing,0.8333,0.6000,0.70,25,18
pricing,0.5000,0.5000,0.50,2,2
cancellation,0.6667,1.0000,0.80,6,9
communication,0.3333,0.2000,0.25,5,3
