-- Art. 18(3): the subject is told before a restriction is lifted, with the reasons and the day it
-- ends; the register lifts it on that day, not before (RestrictionLiftJob).
ALTER TABLE data_subject_request ADD COLUMN restriction_lift_on date;
