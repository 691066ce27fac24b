# Dates, times and numbers (used by the `date`, `number` filters and the `date_range`,
# `time_range` functions). Arguments: $day and $year are numbers, $month a month name.
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $day } { $month } { $year }
date-range-same-month = { $day1 }–{ $day2 } { $month } { $year }
date-range-same-year = { $day1 } { $month1 } – { $day2 } { $month2 } { $year }
date-range = { $start } – { $end }
# $hour (0-23), $hour12 (1-12) and $minute (0-59) are numbers, $period is am or pm.
# NUMBER($minute, minimumIntegerDigits: 2) writes 05; French may write "9 h 30".
# $day and $year are numbers too; years are never grouped.
time-short = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
# $offset is empty for UTC, else like +01:00.
time-zone = UTC{ $offset }
time-with-zone = { $time } ({ $zone })
time-range-same-day = { $start }–{ $end } ({ $zone })
datetime = { $date }, { $time }
datetime-range = { $start } – { $end } ({ $zone })
datetime-range-zones = { $start } ({ $zone1 }) – { $end } ({ $zone2 })
number-group-separator = ,
number-decimal-separator = .
# Digits needed before the first separator is used (2 in Spanish or Polish: 1234, 12 345).
number-grouping-minimum = 1
