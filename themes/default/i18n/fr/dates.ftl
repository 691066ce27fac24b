# Dates, heures et nombres.
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-range-same-month = { $day1 ->
    [1] 1er
   *[other] { $day1 }
}–{ $day2 } { $month } { $year }
date-range-same-year = { $day1 ->
    [1] 1er
   *[other] { $day1 }
} { $month1 } – { $day2 ->
    [1] 1er
   *[other] { $day2 }
} { $month2 } { $year }
date-range = { $start } – { $end }
time-short = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
time-zone = UTC{ $offset }
time-with-zone = { $time } ({ $zone })
time-range-same-day = { $start }–{ $end } ({ $zone })
datetime = { $date }, { $time }
datetime-range = { $start } – { $end } ({ $zone })
datetime-range-zones = { $start } ({ $zone1 }) – { $end } ({ $zone2 })
# Espace fine insécable.
number-group-separator = { "\u202F" }
number-decimal-separator = ,
number-grouping-minimum = 1
