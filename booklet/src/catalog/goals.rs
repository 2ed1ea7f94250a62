//! Typical goals per field of action, each with the chain of steps that usually leads there.

use serde::{Deserialize, Serialize};

use super::{CourseKind, DtzLevel, FieldOfAction, StepCode, code_enum};
use crate::catalog::Cefr;

code_enum! {
    /// A typical goal from the catalogue. The hundreds digit of the code is the field of action's code.
    pub enum GoalCode {
        /// Complete the integration course.
        LanguageIntegrationCourse = 101 => "goal-language-integration-course",
        /// Learn to read and write in an integration course with literacy.
        LanguageLiteracyCourse = 102 => "goal-language-literacy-course",
        /// Job-related German course (*Berufssprachkurs*, DeuFöV).
        LanguageJobCourse = 103 => "goal-language-job-course",
        /// Practise German in everyday life (voluntary offers).
        LanguagePractice = 104 => "goal-language-practice",
        /// Find a job.
        WorkFindJob = 201 => "goal-work-find-job",
        /// Get a foreign qualification recognised.
        WorkRecognition = 202 => "goal-work-recognition",
        /// Start vocational training (*Ausbildung*).
        WorkVocationalTraining = 203 => "goal-work-vocational-training",
        /// Further training or qualification.
        WorkQualification = 204 => "goal-work-qualification",
        /// Gain first work experience in Germany.
        WorkFirstExperience = 205 => "goal-work-first-experience",
        /// Obtain a school-leaving certificate.
        EducationSchoolCertificate = 301 => "goal-education-school-certificate",
        /// Study at a university.
        EducationUniversity = 302 => "goal-education-university",
        /// Learn computer and digital skills.
        EducationDigitalSkills = 303 => "goal-education-digital-skills",
        /// Find an apartment.
        HousingFindApartment = 401 => "goal-housing-find-apartment",
        /// Move out of shared accommodation (*Gemeinschaftsunterkunft*).
        HousingLeaveSharedAccommodation = 402 => "goal-housing-leave-shared-accommodation",
        /// Settle into the new home (registration, contracts, insurance).
        HousingSettleIn = 403 => "goal-housing-settle-in",
        /// Have health insurance.
        HealthInsurance = 501 => "goal-health-insurance",
        /// Find a family doctor.
        HealthFamilyDoctor = 502 => "goal-health-family-doctor",
        /// Complete vaccinations.
        HealthVaccinations = 503 => "goal-health-vaccinations",
        /// Get psychosocial support.
        HealthCounselling = 504 => "goal-health-counselling",
        /// Find a day-care place (*Kita-Platz*).
        FamilyKitaPlace = 601 => "goal-family-kita-place",
        /// Enrol a child at school.
        FamilySchoolEnrolment = 602 => "goal-family-school-enrolment",
        /// Family reunification (*Familiennachzug*).
        FamilyReunification = 603 => "goal-family-reunification",
        /// Receive family benefits (*Kindergeld*).
        FamilyBenefits = 604 => "goal-family-benefits",
        /// Get or extend a residence permit.
        ResidencePermit = 701 => "goal-residence-permit",
        /// Get a work permit (*Beschäftigungserlaubnis*).
        ResidenceWorkPermit = 702 => "goal-residence-work-permit",
        /// Get a passport.
        ResidencePassport = 703 => "goal-residence-passport",
        /// Get a settlement permit (*Niederlassungserlaubnis*).
        ResidenceSettlementPermit = 704 => "goal-residence-settlement-permit",
        /// Become a German citizen (*Einbürgerung*).
        ResidenceNaturalisation = 705 => "goal-residence-naturalisation",
        /// Open a bank account.
        EverydayBankAccount = 801 => "goal-everyday-bank-account",
        /// Join a club or sports team.
        EverydayClub = 802 => "goal-everyday-club",
        /// Volunteer.
        EverydayVolunteering = 803 => "goal-everyday-volunteering",
        /// Get a driving licence.
        EverydayDrivingLicence = 804 => "goal-everyday-driving-licence",
        /// Find a volunteer mentor.
        EverydayMentor = 805 => "goal-everyday-mentor",
    }
}

use StepCode as S;

impl GoalCode {
    /// The field of action this goal belongs to.
    pub fn field(self) -> FieldOfAction {
        FieldOfAction::from_code(self.code() / 100).expect("goal codes are numbered by field of action")
    }

    /// The goals of one field of action, in catalogue order.
    pub fn in_field(field: FieldOfAction) -> impl Iterator<Item = GoalCode> {
        Self::all().filter(move |g| g.field() == field)
    }

    /// The usual chain of steps towards this goal, in order, so the UI can offer "add the usual steps".
    pub fn typical_steps(self) -> &'static [StepCode] {
        match self {
            GoalCode::LanguageIntegrationCourse => &[
                S::EntitlementCertificate,
                S::CourseRegistered,
                S::PlacementTest,
                S::CourseStarted {
                    kind: CourseKind::General,
                },
                S::DtzResult {
                    level: DtzLevel::B1,
                    attempt: 1,
                },
                S::OrientationTest,
                S::IntegrationCourseCertificate,
            ],
            GoalCode::LanguageLiteracyCourse => &[
                S::EntitlementCertificate,
                S::CourseRegistered,
                S::PlacementTest,
                S::CourseStarted {
                    kind: CourseKind::Literacy,
                },
                S::DtzResult {
                    level: DtzLevel::A2,
                    attempt: 1,
                },
                S::OrientationTest,
            ],
            GoalCode::LanguageJobCourse => &[
                S::JobLanguageCourseRegistered,
                S::JobLanguageCourseStarted { level: Cefr::B2 },
                S::JobLanguageCertificate { level: Cefr::B2 },
            ],
            GoalCode::LanguagePractice => &[S::LanguageCafe, S::LanguageTandem, S::VoluntaryCourseStarted],
            GoalCode::WorkFindJob => &[
                S::Profiling,
                S::PerspectiveTalk,
                S::CooperationPlan,
                S::InternshipStarted,
                S::ApplicationsSent,
                S::JobInterview,
                S::JobStarted,
            ],
            GoalCode::WorkRecognition => &[
                S::RecognitionCounselling,
                S::DocumentsTranslated,
                S::RecognitionApplied,
                S::RecognitionGranted,
            ],
            GoalCode::WorkVocationalTraining => &[
                S::Profiling,
                S::PerspectiveTalk,
                S::CooperationPlan,
                S::InternshipStarted,
                S::TrainingPlaceFound,
                S::TrainingStarted,
                S::TrainingCompleted,
            ],
            GoalCode::WorkQualification => &[
                S::Profiling,
                S::CooperationPlan,
                S::EducationVoucher,
                S::QualificationStarted,
                S::QualificationCompleted,
            ],
            GoalCode::WorkFirstExperience => &[
                S::Profiling,
                S::PerspectiveTalk,
                S::WorkOpportunityStarted,
                S::InternshipStarted,
            ],
            GoalCode::EducationSchoolCertificate => &[
                S::EducationCounselling,
                S::SchoolCourseRegistered,
                S::SchoolCourseStarted,
                S::SchoolCertificateObtained,
            ],
            GoalCode::EducationUniversity => &[
                S::EducationCounselling,
                S::CertificateEvaluation,
                S::UniversityApplied,
                S::UniversityAdmitted,
                S::StudiesStarted,
            ],
            GoalCode::EducationDigitalSkills => &[
                S::EducationCounselling,
                S::ComputerCourseStarted,
                S::CourseCertificateObtained,
            ],
            GoalCode::HousingFindApartment => &[
                S::HousingEntitlementApplied,
                S::HousingEntitlementReceived,
                S::ApartmentViewing,
                S::RentalContractSigned,
                S::MovedIn,
                S::AddressRegistered,
            ],
            GoalCode::HousingLeaveSharedAccommodation => &[
                S::MoveOutApproved,
                S::ApartmentViewing,
                S::RentalContractSigned,
                S::MovedIn,
                S::AddressRegistered,
            ],
            GoalCode::HousingSettleIn => &[
                S::AddressRegistered,
                S::ElectricityContract,
                S::LiabilityInsurance,
                S::BroadcastingFeeRegistered,
            ],
            GoalCode::HealthInsurance => &[S::HealthInsuranceRegistered, S::HealthCardReceived],
            GoalCode::HealthFamilyDoctor => &[S::FamilyDoctorFound, S::CheckUpDone],
            GoalCode::HealthVaccinations => &[S::VaccinationRecordChecked, S::VaccinationsDone],
            GoalCode::HealthCounselling => &[S::CounsellingCentreContacted, S::CounsellingStarted],
            GoalCode::FamilyKitaPlace => &[S::KitaRegistered, S::KitaPlaceOffered, S::KitaStarted],
            GoalCode::FamilySchoolEnrolment => &[S::SchoolEnrolled, S::ChildStartedSchool],
            GoalCode::FamilyReunification => &[
                S::CounsellingReceived,
                S::VisaApplied,
                S::VisaGranted,
                S::FamilyArrived,
            ],
            GoalCode::FamilyBenefits => &[S::ChildBenefitApplied, S::ChildBenefitGranted],
            GoalCode::ResidencePermit => &[
                S::ResidenceApplied,
                S::FictionalCertificateReceived,
                S::ResidencePermitReceived,
            ],
            GoalCode::ResidenceWorkPermit => &[S::WorkPermitApplied, S::WorkPermitReceived],
            GoalCode::ResidencePassport => &[S::PassportApplied, S::PassportReceived],
            GoalCode::ResidenceSettlementPermit => &[
                S::DtzResult {
                    level: DtzLevel::B1,
                    attempt: 1,
                },
                S::OrientationTest,
                S::ResidenceApplied,
                S::SettlementPermitReceived,
            ],
            GoalCode::ResidenceNaturalisation => &[
                S::NaturalisationTestPassed,
                S::NaturalisationApplied,
                S::NaturalisationGranted,
            ],
            GoalCode::EverydayBankAccount => &[S::BankAccountOpened],
            GoalCode::EverydayClub => &[S::ClubVisited, S::ClubJoined],
            GoalCode::EverydayVolunteering => &[S::CounsellingReceived, S::VolunteeringStarted],
            GoalCode::EverydayDrivingLicence => &[
                S::DrivingLicenceConversionApplied,
                S::DrivingSchoolRegistered,
                S::TheoryTestPassed,
                S::DrivingTestPassed,
            ],
            GoalCode::EverydayMentor => &[S::CounsellingReceived, S::MentorFound],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_at_least_three_goals_with_steps() {
        for field in FieldOfAction::all() {
            let goals: Vec<_> = GoalCode::in_field(field).collect();
            assert!(goals.len() >= 3, "{field:?} has {} goals", goals.len());
        }
        for goal in GoalCode::all() {
            assert!(!goal.typical_steps().is_empty(), "{goal:?}");
            for step in goal.typical_steps() {
                assert!(step.params_valid(), "{goal:?} {step:?}");
            }
        }
    }

    #[test]
    fn language_chain_follows_the_integration_course() {
        let steps = GoalCode::LanguageIntegrationCourse.typical_steps();
        assert_eq!(steps[0], StepCode::EntitlementCertificate);
        assert!(steps.contains(&StepCode::OrientationTest));
        assert_eq!(
            GoalCode::LanguageIntegrationCourse.field(),
            FieldOfAction::Language
        );
        assert_eq!(GoalCode::EverydayMentor.field(), FieldOfAction::Everyday);
    }
}
