# a trend chart drawn in the terminal: gripe writes the script, gnuplot's
# dumb terminal draws it; weeks on a time axis, billing (rising) is bold,
# the incomplete last week is marked
@@ needs
gnuplot
@@ cmd
gripe trend -r data/test.rules -f gnuplot --terminal dumb --size 70x22 data/trend.csv | gnuplot
@@ stdout
                                                                      
                                                                      
                      cases by category per period             |      
     6 +----------------------------------------------------------+   
       |         +         +         +        +    # #  +   inc|mp|ete
     5 |-+        refund ***G***+....:........:...#...#.:......|+-|   
       |billing (rising) ###G###     :        :   #    #:      |  |   
       |           other $$$G$$$     :        :  #     #:      |  |   
     4 |-+......delivery.%%%G%%%.....:........:.#..*G...#......|+-|   
       |         :         :         :        :# **  *  :#     |  |   
     3 |-+.......:.........:.........:........#**...G.*.:.#....|+-|   
cases  |         :         :         :       #*    % % *:  #   |  |   
       |         :         :         :     **#:  %%   %%*   #  |  |   
     2 |-+...G********G*********G*********G.#.:.%.......%*..#..|+-|   
       |         :         :         :     #  :%        :%*  # |  |   
     1 |-+...G########G########$G$########G...%.........:.%*..G|+-|   
       |         :         $$$$   $$$:      %%:         :  %%  |  |   
       |         +      $$$+         $$$$  %  +         +    % |  |   
     0 +----------------------------------------------------------+   
     02-26     03-05     03-12     03-19    03-26     04-02     04-09 
                              week starting                           
                                                                      
