# columns as JSON: one array of objects, missing values are null
@@ cmd
gripe columns -f json data/tickets.csv
@@ stdout
[
{"column":1,"header":"Ticket ID","role":"case","source":"auto","empty":0.0000,"sample1":"T1","sample2":"T2","time_format":""},
{"column":2,"header":"Customer","role":"customer","source":"auto","empty":0.0000,"sample1":"c1","sample2":"c2","time_format":""},
{"column":3,"header":"Created At","role":"time","source":"auto","empty":0.0000,"sample1":"2026-03-02 09:00:00","sample2":"2026-03-03 10:15:00","time_format":"%Y-%m-%d %H:%M:%S"},
{"column":4,"header":"Solved At","role":"closed","source":"auto","empty":0.4000,"sample1":"2026-03-02 17:30:00","sample2":"2026-03-08 08:00:00","time_format":"%Y-%m-%d %H:%M:%S"},
{"column":5,"header":"Status","role":"status","source":"auto","empty":0.0000,"sample1":"Solved","sample2":"Open","time_format":""},
{"column":6,"header":"Channel","role":"channel","source":"auto","empty":0.0000,"sample1":"Email","sample2":"Chat","time_format":""},
{"column":7,"header":"Assignee","role":"agent","source":"auto","empty":0.0000,"sample1":"Ann","sample2":"Bob","time_format":""},
{"column":8,"header":"Subject","role":"text","source":"auto","empty":0.2000,"sample1":"Charged twice","sample2":"Late delivery","time_format":""},
{"column":9,"header":"Body","role":"text","source":"auto","empty":0.0000,"sample1":"I was charged twice, please refund.","sample2":"Package never arrived.\nTracking says \"delivered\".","time_format":""},
{"column":10,"header":"CSAT","role":"csat","source":"auto","empty":0.4000,"sample1":"5","sample2":"2","time_format":""}
]
