// The English texts, loaded only when English is chosen (Vietnamese is the default, in the first download).
import en from './en';
import meetingsEn from './meetings.en';
import fieldEn from './field.en';
import oversightEn from './oversight.en';
import supervisionEn from './supervision.en';
import rulesEn from './rules.en';
import { dashboardNav } from './dashboard-nav';
import followupEn from './followup.en';
import plansEn from './plans.en';
import trainingEn from './training.en';
import reviewsEn from './reviews.en';

const translation = { ...en, mtg: meetingsEn, rules: rulesEn, ovs: oversightEn, dash: dashboardNav.en, field: fieldEn, fu: followupEn, sup: supervisionEn, plan: plansEn, trn: trainingEn, rev: reviewsEn };
export default translation;
