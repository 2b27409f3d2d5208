import CNCursesW
import IndustryViews
