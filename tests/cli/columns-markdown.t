# columns as markdown, with the note paragraph
@@ cmd
gripe columns -f markdown data/tickets.csv
@@ stdout
| column | header | role | source | empty | sample1 | sample2 | time_format |
| ---: | --- | --- | --- | ---: | --- | --- | --- |
| 1 | Ticket ID | case | auto | 0.0% | T1 | T2 |  |
| 2 | Customer | customer | auto | 0.0% | c1 | c2 |  |
| 3 | Created At | time | auto | 0.0% | 2026-03-02 09:00:00 | 2026-03-03 10:15:00 | %Y-%m-%d %H:%M:%S |
| 4 | Solved At | closed | auto | 40.0% | 2026-03-02 17:30:00 | 2026-03-08 08:00:00 | %Y-%m-%d %H:%M:%S |
| 5 | Status | status | auto | 0.0% | Solved | Open |  |
| 6 | Channel | channel | auto | 0.0% | Email | Chat |  |
| 7 | Assignee | agent | auto | 0.0% | Ann | Bob |  |
| 8 | Subject | text | auto | 20.0% | Charged twice | Late delivery |  |
| 9 | Body | text | auto | 0.0% | I was charged twice, please refund. | Package never arrived. Tracking says "delivered". |  |
| 10 | CSAT | csat | auto | 40.0% | 5 | 2 |  |

_note: 5 records used from 1 file_
