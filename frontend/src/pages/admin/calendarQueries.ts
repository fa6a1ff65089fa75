import { graphql } from '../../gql';

export const AdminCalendarsQuery = graphql(`
  query AdminCalendars {
    calendars {
      id
      name
      isDefault
      officialHolidays
      version
      zone
      teamIds
      holidayYears
      weekend
      shifts {
        start
        end
      }
    }
    holidayYears {
      year
      source
      holidays {
        name
        start
        end
        makeupWorkdays
      }
    }
    teams {
      id
      name
    }
  }
`);

export const CreateCalendarMutation = graphql(`
  mutation CreateCalendar($input: CreateCalendarInput!) {
    createCalendar(input: $input) {
      id
      name
    }
  }
`);

export const UpdateCalendarMutation = graphql(`
  mutation UpdateCalendar($input: UpdateCalendarInput!) {
    updateCalendar(input: $input) {
      id
      name
      version
    }
  }
`);

export const SetTeamCalendarMutation = graphql(`
  mutation SetTeamCalendar($input: SetTeamCalendarInput!) {
    setTeamCalendar(input: $input) {
      id
      name
    }
  }
`);

export const ImportHolidayYearMutation = graphql(`
  mutation ImportHolidayYear($input: ImportHolidayYearInput!) {
    importHolidayYear(input: $input) {
      replaced
      year {
        year
      }
    }
  }
`);
